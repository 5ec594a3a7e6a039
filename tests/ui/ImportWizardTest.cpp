// Filled in with the ImportWizardTest.
#include <catch2/catch.hpp>
