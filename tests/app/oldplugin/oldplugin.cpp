#include "oldplugin.h"
