package p

func a() int {
	return 1, 2
}

func b() (int, string) {
	return 1
}

func c() int {
	for {
	}
}

func d(x int) int {
	if x > 0 {
		return 1
	} else {
		panic("no")
	}
}

func e(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func f(x int) int {
	for {
		break
	}
}

func g() (r int) {
	{
		r := 2
		_ = r
		return
	}
}

func h() {
	return 1
}
