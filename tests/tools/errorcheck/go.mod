module errorcheck

go 1.19
