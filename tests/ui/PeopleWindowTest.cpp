// Filled in with the PeopleWindowTest.
#include <catch2/catch.hpp>
