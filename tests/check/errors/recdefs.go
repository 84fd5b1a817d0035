// Cycles of type definitions: invalid when only type names lead round
// (A, B) or when an array or struct holds the type itself (T1, S1);
// valid through pointers, functions, maps and slices.
package p

type A B
type B A

type T1 [2]T2
type T2 T1

type S1 struct{ s S2 }
type S2 S1

type P1 *P2
type P2 P1

type C1 chan C2
type C2 C1

type U1 struct{ a [1]U3 }
type U2 U1
type U3 U2

var _ = A(0)
