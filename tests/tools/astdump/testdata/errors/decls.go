package p; import "a"; var x = 1; import "b"
