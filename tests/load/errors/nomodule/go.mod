module example.com/nomodule

go 1.19
