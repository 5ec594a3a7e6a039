#include "storage/DatabaseCopy.h"
