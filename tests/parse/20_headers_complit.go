package p

type T struct{ a, b int }

func f(t T, s []T) {
	if t == (T{1, 2}) {
	}
	if (t == T{1, 2}) {
	}
	for _, x := range []T{{1, 2}} {
		_ = x
	}
	for t != (T{}) {
		break
	}
	switch (T{3, 4}) {
	case t:
	}
	switch x := (T{}); x {
	}
	if v := (struct{ n int }{1}); v.n > 0 {
	}
	for i := range (map[T]int{{1, 2}: 1}) {
		_ = i
	}
}
