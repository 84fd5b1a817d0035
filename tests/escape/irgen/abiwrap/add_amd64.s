#include "textflag.h"

// func store(p *int, q unsafe.Pointer) bool
TEXT ·store(SB), NOSPLIT, $0-17
	MOVQ p+0(FP), AX
	MOVQ $1, (AX)
	MOVB $1, ret+16(FP)
	RET

#ifdef GOARCH_amd64
// func load(p *int) int
TEXT ·load(SB), NOSPLIT, $0-16
	MOVQ p+0(FP), AX
	MOVQ (AX), AX
	MOVQ AX, ret+8(FP)
	RET
#else
TEXT ·other(SB), NOSPLIT, $0-0
	RET
#endif

TEXT ·callhelper(SB), NOSPLIT, $0-0
	CALL ·helper(SB)
	RET

// a TEXT symbol made by a macro (as the runtime's CALLFN)
#define DEFSET(NAME, V) \
TEXT NAME(SB), NOSPLIT, $0-8; \
	MOVQ p+0(FP), AX; \
	MOVQ $V, (AX); \
	RET

DEFSET(·setone, 1)
