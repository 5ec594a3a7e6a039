// Filled in with the meeting log and calendar work.
#include <catch2/catch.hpp>
