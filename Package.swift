// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Coil",
    products: [
        .library(name: "Coil", targets: ["Coil"]),
        .executable(name: "coil", targets: ["coil"]),
    ],
    targets: [
        .target(
            name: "Coil",
            swiftSettings: [
                // The -sil-inline-* limits let the optimizer inline small helpers (pointer
                // initialize/move, frame setup) into the very large run loop.
                // -sil-disable-pass=dead-store-elimination works around a Swift 6.3 SIL DSE
                // miscompile (swiftlang/swift#77558, fixed by swiftlang/swift#89048): a store to
                // `p - 1` followed by a store to `p` is deleted as if the second overwrote it.
                // Once initialize(to:) is inlined into the run loop this drops writes such as
                // PUSH_EXC_INFO's `(sp - 1).initialize(to: handled)` and LOAD_METHOD's callable.
                // Drop it only with a toolchain that has the fix (plain `p[-1] = x; p[0] = y`
                // in an -O build must keep both stores).
                .unsafeFlags([
                    "-Ounchecked", "-wmo",
                    "-Xllvm", "-sil-inline-overall-caller-block-limit=100000",
                    "-Xllvm", "-sil-inline-block-limit-denominator=1000000",
                    "-Xllvm", "-sil-inline-block-limit-max-int-numerator=129000",
                    "-Xllvm", "-sil-disable-pass=dead-store-elimination",
                ], .when(configuration: .release)),
            ]
        ),
        .executableTarget(name: "coil", dependencies: ["Coil"]),
        .testTarget(name: "CoilTests", dependencies: ["Coil"], exclude: ["conformance"]),
    ]
)
