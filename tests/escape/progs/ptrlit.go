package main

type U struct {
	ID   int
	Name string
}

func mkU() *U {
	return &U{ID: 1, Name: "a"}
}

func tmpU() int {
	u := &U{ID: 2}
	return u.ID
}

func main() {
	_ = mkU()
	_ = tmpU()
}
