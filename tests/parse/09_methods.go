package p

type T struct{ n int }

func (t T) Value() int { return t.n }

func (t *T) Set(n int) { t.n = n }

func (T) Static() {}

func (*T) PtrStatic() {}

func (t *(T)) Paren() {}

func exprs() {
	var t T
	f := T.Value
	g := (*T).Set
	h := t.Value
	g(&t, f(t))
	_ = h()
	(&t).Set(1)
	t.Set(2)
}
