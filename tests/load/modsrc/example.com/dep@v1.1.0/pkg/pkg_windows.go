package pkg

const OS = "windows"
