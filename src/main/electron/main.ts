// The Electron shell's entry point (to be completed): secure window, IPC from the contract.
export {};
