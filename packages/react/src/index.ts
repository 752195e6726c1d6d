'use client';
// The public API of @luoshi/react, re-exported by name (no `export *`: it defeats tree-shaking).

// Charts (one component per view of @luoshi/charts, over the one useChart hook).
export {};
