//! Published results shown beside the lab, for context. They are other people's numbers
//! (COCO, deep detectors), never computed here.

/// Lin et al. 2017, Table 1a: α-balanced CE (γ = 0), ResNet-50, COCO minival.
use crate::i18n::{msg, Msg};

pub const TABLE1A_CE_ALPHA: [(f64, f64, f64, f64); 7] = [
    // (α, AP, AP50, AP75)
    (0.10, 0.0, 0.0, 0.0),
    (0.25, 10.8, 16.0, 11.7),
    (0.50, 30.2, 46.7, 32.8),
    (0.75, 31.1, 49.4, 33.0),
    (0.90, 30.8, 49.7, 32.3),
    (0.99, 28.7, 47.4, 29.9),
    (0.999, 25.1, 41.7, 26.1),
];

/// Lin et al. 2017, Table 1b: the best α for each γ, ResNet-50, COCO minival.
pub const TABLE1B_GAMMA_ALPHA: [(f64, f64, f64, f64, f64); 7] = [
    // (γ, α, AP, AP50, AP75)
    (0.0, 0.75, 31.1, 49.4, 33.0),
    (0.1, 0.75, 31.4, 49.9, 33.1),
    (0.2, 0.75, 31.9, 50.7, 33.4),
    (0.5, 0.50, 32.9, 51.7, 35.2),
    (1.0, 0.25, 33.7, 52.0, 36.2),
    (2.0, 0.25, 34.0, 52.5, 36.5),
    (5.0, 0.25, 32.2, 49.6, 34.8),
];

pub struct Detector {
    pub name: Msg,
    pub backbone: &'static str,
    pub ap: f64,
    pub ap50: f64,
    pub ap75: f64,
    /// Approximate frames per second as reported by the authors on their own hardware.
    pub fps: &'static str,
    pub source: Msg,
}

/// COCO test-dev, as reported in the papers (speeds are not comparable across rows).
pub const DETECTORS: [Detector; 5] = [
    Detector {
        name: Msg::fixed("Faster R-CNN (FPN)"),
        backbone: "ResNet-101-FPN",
        ap: 36.2,
        ap50: 59.1,
        ap75: 39.0,
        fps: "≈ 6",
        source: msg::SOURCE_FPN,
    },
    Detector {
        name: Msg::fixed("SSD513"),
        backbone: "ResNet-101",
        ap: 31.2,
        ap50: 50.4,
        ap75: 33.3,
        fps: "≈ 8",
        source: msg::SOURCE_DSSD,
    },
    Detector {
        name: Msg::fixed("RetinaNet"),
        backbone: "ResNet-101-FPN",
        ap: 39.1,
        ap50: 59.1,
        ap75: 42.3,
        fps: "≈ 5 (198 ms, 800 px)",
        source: msg::SOURCE_RETINANET,
    },
    Detector {
        name: Msg::fixed("FCOS"),
        backbone: "ResNet-101-FPN",
        ap: 41.0,
        ap50: 60.7,
        ap75: 44.1,
        fps: "≈ 9",
        source: msg::SOURCE_FCOS,
    },
    Detector {
        name: msg::DETECTOR_FCOS_IMPROVED,
        backbone: "ResNet-101-FPN",
        ap: 41.5,
        ap50: 60.7,
        ap75: 45.0,
        fps: "≈ 9",
        source: msg::SOURCE_FCOS_IMPROVED,
    },
];
