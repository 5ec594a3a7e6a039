#include "storage/ServerRoles.h"
