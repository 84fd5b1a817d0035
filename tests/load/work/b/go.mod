module example.com/wb

go 1.18
