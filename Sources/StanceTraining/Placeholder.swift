import StanceKit
