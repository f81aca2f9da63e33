SUB_NAME = "pkghelper.sub"
