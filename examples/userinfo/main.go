// Command userinfo is the first program of the seed note on escape
// analysis: a pointer to a composite literal returned from a function
// must live on the heap, while an array returned by value need not.
package main

type User struct {
	ID     int64
	Name   string
	Avatar string
}

func GetUserInfo() *User {
	return &User{
		ID:     666666,
		Name:   "sim lou",
		Avatar: "https://www.baidu.com/avatar/666666",
	}
}

func getArray() (rs [10]int) {
	return
}

func main() {
	_ = GetUserInfo()
	_ = getArray()
}

// Output of `go build -gcflags='-m -l'` (Go 1.19) in this directory:
//
//	# goescape.example/userinfo
//	./main.go:13:9: &User{...} escapes to heap
