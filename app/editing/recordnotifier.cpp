#include "recordnotifier.h"
