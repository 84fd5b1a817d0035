package vrep

func R() {}
