package a

import "internal/cpu"

var _ = cpu.X86
