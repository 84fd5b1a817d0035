package c

import _ "example.com/cycle/a"
