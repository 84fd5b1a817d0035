package p
//go:cgo_ldflag "-x"
//go:cgo_import_dynamic a b "-lib"
var x = )
