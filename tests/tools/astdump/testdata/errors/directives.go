package p

//go:nosplit
var x = 1
func f() {
	//go:noinline
	x := 1 //go:nosplit
}
//go:embed
var e string
//go:cgo_ldflag "-x"
//go:cgo_import_dynamic a b "lib$"
//go:systemstack
//go:uintptrkeepalive
//go:linkname a
//go:linkname
func g() { a b }
