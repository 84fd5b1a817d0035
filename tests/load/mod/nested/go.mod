module example.com/app/nested

go 1.19
