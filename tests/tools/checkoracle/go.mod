module checkoracle

go 1.19
