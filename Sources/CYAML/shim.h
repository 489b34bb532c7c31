#ifndef SDKGEN_CYAML_SHIM_H
#define SDKGEN_CYAML_SHIM_H
#include <yaml.h>
#endif
