package lib

func L() {}
