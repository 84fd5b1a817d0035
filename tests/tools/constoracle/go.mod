module constoracle

go 1.19
