// Defined types declared in functions carry gc's number (vargen: the
// order the noder meets their declarations, package-level values' function
// literals first, then the function bodies) in link names, so an instance
// of a generic type with one as argument prints T[main.loc·2].
package main

type T[X any] struct{ x X }

func (t *T[X]) Get() X { return t.x }

var hook = func() any {
	type inHook struct{ p *int }
	return &T[inHook]{}
}

func F() any {
	type loc struct{ a *int }
	var t T[loc]
	return t.Get()
}

func G() any {
	type loc struct{ b *int }
	type alias = loc
	return &T[alias]{}
}

func H() any {
	f := func() any {
		type inner int
		return &T[inner]{}
	}
	type after string
	return []any{f(), &T[after]{}}
}

func main() {
	println(F() != nil, G() != nil, H() != nil, hook() != nil)
}
