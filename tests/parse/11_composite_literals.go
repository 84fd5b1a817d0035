package p

type Point struct{ X, Y int }

var (
	a = [3]int{1, 2, 3}
	b = [...]string{"a", "b"}
	c = []int{0: 1, 5: 2}
	d = map[string]int{"one": 1, "two": 2}
	e = []Point{{1, 2}, {X: 3, Y: 4}, {}}
	f = []*Point{{1, 2}, &Point{3, 4}}
	g = map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	h = [][]int{{1}, {2, 3}, nil}
	i = map[string][]Point{"x": {{1, 1}}}
	j = struct{ a, b int }{1, 2}
	k = &Point{Y: 1}
	l = [2][2]int{{1, 2}, {3, 4}}
	m = []interface{}{1, "two", Point{}}
)
