package a

import _ "example.com/program/cmd"
