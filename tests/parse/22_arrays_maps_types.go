package p

type (
	A1 [4]int
	A2 [2 * 8]byte
	A3 [4][5]*int
	S1 []string
	S2 [][]int
	M1 map[string]int
	M2 map[[2]int][]map[string]bool
	P1 *int
	P2 **[]int
	F1 func()
	F2 func(...int) (int, bool)
	I1 interface{}
	C1 chan func() chan int
)

var arr = [...]int{1, 2, 3}
