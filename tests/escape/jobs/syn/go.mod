module syn

go 1.19
