module intrinsics

go 1.19
