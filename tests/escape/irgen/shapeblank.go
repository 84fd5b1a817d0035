// In a shape instantiation a blank on the left of a multi-value call is
// not ir.BlankNode but a new name of the blank type (stencil's subst), so
// transformAssign takes it as mismatched and rewrites the call into
// temporaries (RewriteMultiValueCall): the inline costs of A, B, D, F
// (crypto/elliptic's IsOnCurve and Unmarshal: 128 and 338).
package main

type C[Point any] struct {
	newPoint func() Point
	n        int
}

//go:noinline
func (c *C[Point]) from(x int) (p Point, err error) { return c.newPoint(), nil }

//go:noinline
func (c *C[Point]) fromInt(x int) (n int, err error) { return 1, nil }

func (c *C[Point]) A(x int) bool {
	_, err := c.from(x)
	return err == nil
}

func (c *C[Point]) B(x int) bool {
	_, err := c.fromInt(x)
	return err == nil
}

func (c *C[Point]) D(x int) bool {
	var err error
	_, err = c.from(x)
	return err == nil
}

func (c *C[Point]) F(x int) bool {
	n, _ := c.fromInt(x)
	return n == 0
}

var c = &C[*int]{newPoint: func() *int { return new(int) }}

func main() { c.A(1); c.B(1); c.D(1); c.F(1) }
