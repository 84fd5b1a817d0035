package cgo

func Two() int { return 2 }
