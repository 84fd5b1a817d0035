// Errors of generic calls, as gc words them (gc stops at ten errors:
// infer2.go and infer3.go hold more).
package p

type Stringer interface{ String() string }

type List[T any] struct{ val T }

func G[T any]() T                            { var x T; return x }
func F[T any](x, y T) T                      { return x }
func H[T any, U ~[]T](x T, u U) U            { return u }
func S[T Stringer](x T) string               { return "" }
func C[T comparable](x T) T                  { return x }
func K[A, B any](a A, b B) A                 { return a }
func M[S ~[]E, E any](s S) E                 { var e E; return e }
func P[T interface{ ~int | ~string }](x T) T { return x }
func Q[T any, PT interface{ *T }](x T) PT    { return nil }

type ID int

var e1 = G()
var e2 = F(1, "a")
var e3 = F(int8(1), int16(2))
var e4 = F(1, 2.5)
var e5 = H(1, "a")
var e6 = H("a", []int{})
var e7 = S(3)
var e8 = C([]int{})
var e9 = K[int, string, bool](1, "")
var e10 = K[int, string, bool]
var e11 = G
var e12 = List(3)
var e13 = M(3)
var e14 = P(1.5)
var e15 = P[float64]
var e16 = S[ID]
var e17 = F[int](1, "x")
var e18 = K[int](1)
var e19 = F(nil, nil)
