module typesoracle

go 1.19
