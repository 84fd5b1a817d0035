package p

type T struct{ t T }
type A [2]B
type B struct{ a A }
type OK struct{ p *OK; s []OK }
type C = D
type D struct{ c C }
type E interface{ E }
type F [len(F{})]int
