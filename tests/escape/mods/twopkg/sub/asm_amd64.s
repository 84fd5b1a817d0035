#include "textflag.h"

// func Load(p *int) int
TEXT ·Load(SB),NOSPLIT,$0-16
	MOVQ p+0(FP), AX
	MOVQ (AX), AX
	MOVQ AX, ret+8(FP)
	RET

// func Store(p *int)
TEXT ·Store(SB),NOSPLIT,$0-8
	RET
