/* included through #cgo CFLAGS: -I${SRCDIR}/include */
#define OFFSET 1
