// Compiled only so that its target builds the precompiled header the other targets reuse
// (cmake/SafeScanPch.cmake).
namespace SafeScan::Pch {}
