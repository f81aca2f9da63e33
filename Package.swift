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
                .unsafeFlags(["-Ounchecked", "-wmo"], .when(configuration: .release)),
            ]
        ),
        .executableTarget(name: "coil", dependencies: ["Coil"]),
        .testTarget(name: "CoilTests", dependencies: ["Coil"], exclude: ["conformance"]),
    ]
)
