// The raw peer moved to src/harness/peers, beside the other socket shapes.
export { RawPeer, type RawPeerOptions } from "./peers/raw-peer"
