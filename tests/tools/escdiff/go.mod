module escdiff

go 1.19
