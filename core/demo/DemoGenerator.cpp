#include "demo/DemoGenerator.h"
